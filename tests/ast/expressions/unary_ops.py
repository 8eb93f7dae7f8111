-x
+x
~x
not x
- -x
-+~x
not -x
-(x)
-1
+1.5
~0
-0j
not (a and b)
