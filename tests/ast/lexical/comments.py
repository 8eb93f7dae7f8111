# A comment at the top.
x = 1  # trailing comment
# comment between statements

y = 2
def f():
    # comment in a body
    return 1  # trailing
    # comment after the last statement
# dedent comment
z = [
    1,  # inside brackets
    # a whole line inside brackets
    2,
]
#comment without space
