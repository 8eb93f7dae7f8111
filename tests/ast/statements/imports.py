import os
import os.path
import os.path as osp, sys
import a.b.c as d
from os import path
from os import path as p, sep
from os import (path, sep,)
from os import (
    path as p,
    sep,
)
from . import sibling
from .. import parent
from ... import grandparent
from .module import name
from ..package.module import name as alias
from .... import far
from ...... import further
from .. .. import spaced
from os import *
from . import *
