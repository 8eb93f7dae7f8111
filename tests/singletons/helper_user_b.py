import helper_config

helper_config.settings.load(b=2)


def who():
    return helper_config.settings
