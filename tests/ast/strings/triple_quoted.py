x = """line one
line two
    indented line
"""
y = '''it's "quoted" and \'escaped\'
'''
z = """ends with quote\""""
w = r"""raw
\n stays"""
v = """\
starts after a continuation"""
