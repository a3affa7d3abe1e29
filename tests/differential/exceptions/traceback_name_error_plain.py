x = 1
print(x)
print(completely_unknown_identifier_xyz)
