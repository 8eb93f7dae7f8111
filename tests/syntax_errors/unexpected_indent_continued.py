# The indentation of a line continued by a backslash is that of its
# first physical line.
x = 1
   \
  y = 2
