from helper_config import settings

settings.load(a=1)


def who():
    return settings
