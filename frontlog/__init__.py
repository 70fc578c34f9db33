"""frontlog: conflict news in, an ACLED-style event log and a front-line timeline out."""

__version__ = "0.1.0"
