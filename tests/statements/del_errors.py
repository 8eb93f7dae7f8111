# Error messages raised by del.
def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e)

def del_unbound_local():
    y = 1
    del y
    del y

def del_global_missing():
    global never_defined
    del never_defined

def del_list_out_of_range():
    l = [1, 2]
    del l[5]

def del_dict_missing():
    d = {}
    del d["key"]

def del_tuple_item():
    t = (1, 2)
    del t[0]

def del_str_item():
    s = "abc"
    del s[0]

def del_missing_attr():
    class K:
        pass
    k = K()
    del k.nothing

def del_int_attr():
    n = 5
    del n.real

def del_class_missing():
    class K:
        pass
    del K.nothing

attempt("unbound local", del_unbound_local)
attempt("global missing", del_global_missing)
attempt("list index", del_list_out_of_range)
attempt("dict key", del_dict_missing)
attempt("tuple item", del_tuple_item)
attempt("str item", del_str_item)
attempt("missing attr", del_missing_attr)
attempt("int attr", del_int_attr)
attempt("class attr", del_class_missing)
lst = [1, 2]
del lst[5:10]
print("slice out of range is fine", lst)
