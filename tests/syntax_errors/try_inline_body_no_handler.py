try: value = compute()
use(value)
