"""thidua-kg: Vietnamese emulation and commendation news as a knowledge graph.

Pipeline, one module or package per stage:
read -> extract -> graph -> validate -> store -> query / evaluate / export.
"""
__version__ = "0.1.0"
