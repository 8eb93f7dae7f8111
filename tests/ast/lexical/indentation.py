if a:
  b = 1
  if c:
        d = 2
        if e:
         f = 3
  g = 4
class C:
    def m(self):
            return 1
    x = 2
for i in x:
 pass
