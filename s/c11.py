try: pass
except: return
except E: pass
