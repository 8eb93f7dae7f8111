try:
    pass
except:
    pass
try:
    pass
except ValueError:
    pass
except (TypeError, KeyError) as e:
    pass
except Exception as exc:
    raise
else:
    pass
finally:
    cleanup()
try:
    pass
finally:
    pass
try:
    x = 1
except E:
    pass
finally:
    pass
