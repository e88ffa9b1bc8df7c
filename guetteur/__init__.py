"""guetteur: French-first conflict event extraction."""
__version__ = "0.1.0"
