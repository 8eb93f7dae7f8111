"""Importable only once tests/modules/helper_pathdir is on sys.path."""
VALUE = "found through sys.path"
