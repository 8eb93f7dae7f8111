class HelperError(Exception):
    pass
