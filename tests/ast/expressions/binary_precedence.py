1 + 2 * 3
(1 + 2) * 3
2 ** 3 ** 4
-2 ** 2
(-2) ** 2
2 ** -1
a | b ^ c & d << e + f * g
a @ b @ c
a // b % c / d
~a + -b - +c
x - -y
x + +y
a << b >> c
1 - 2 - 3
await_ = a + b
