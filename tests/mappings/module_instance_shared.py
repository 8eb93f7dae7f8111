import helper_user
import helper_registry
from helper_registry import registry as r
r.items.append("from main")
print(helper_registry.registry.items, helper_user.same(), r is helper_user.registry)
