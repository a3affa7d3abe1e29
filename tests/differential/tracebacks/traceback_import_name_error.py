print("importing")
from _tb_helper import helper_function
print(helper_function())
from _tb_helper import helper_functoin
