"""Publish the graph over HTTP: SPARQL 1.1 Protocol, linked data, pages, dataset descriptions.

app.py assembles the FastAPI application from one router per concern:
sparql.py (the protocol endpoint), dataset.py (VoID, DCAT, dumps),
resources.py (dereferenceable IRIs, content negotiation) and pages.py (HTML views).
Templates live in templates/, apart from code.
"""
