"""A scratch folder beside a test program, made empty for it and removed
afterwards, so the file tests never touch anything else."""
import os


def cleanup(top):
    """Removes `top` and everything in it, if it exists."""
    for root, dirs, files in list(os.walk(top, topdown=False)):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    if os.path.isdir(top):
        os.rmdir(top)


def fresh_dir(program, name):
    """An empty folder `name` beside the file `program`."""
    top = os.path.join(os.path.dirname(os.path.abspath(program)), name)
    cleanup(top)
    os.makedirs(top)
    return top
