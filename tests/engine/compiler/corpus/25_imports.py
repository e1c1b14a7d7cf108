import os
import os.path
import os.path as osp
import sys, time as t
from collections import deque
from collections import (OrderedDict,
                         defaultdict as dd,)
from os import *
from . import sibling
from .. import parent
from .mod import name
from ...pkg.sub import thing as other
from .... import deep
from . mod2 import x
