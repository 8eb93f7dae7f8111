try: pass
except: pass
else: return
