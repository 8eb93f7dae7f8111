nonlocal x
return
