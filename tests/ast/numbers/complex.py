1j
1J
0j
1.5j
.5j
1e10j
1e-10j
1_0j
09j
1e309j
1 + 2j
1 - 2j
-1j
(1+2j)*3j
3.14j
