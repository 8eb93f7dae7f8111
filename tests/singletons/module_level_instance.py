# A module-level instance is one object across every import of its module.
import helper_user_a
import helper_user_b
import helper_config
from helper_config import settings
import sys

print(settings is helper_config.settings is helper_user_a.who() is helper_user_b.who())
print(sorted(settings.values.items()), settings.loads)
import helper_config as again
print(again is sys.modules["helper_config"], again.settings is settings)


def late_import():
    import helper_config
    return helper_config.settings


print(late_import() is settings)
