pass
while True:
    if a:
        break
    elif b:
        continue
    else:
        pass
for i in range(3):
    continue
