import helper_registry
from helper_registry import registry
registry.items.append("from user")
def same():
    return registry is helper_registry.registry
