"""Vietnamese text handling: normalisation, sentences, abbreviations."""
