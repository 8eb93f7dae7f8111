# A stray character is rejected by the parser, but an error the tokenizer
# raises further on is reported instead.
x = `a`
s = "abc
