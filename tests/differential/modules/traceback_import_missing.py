print("about to import")
import _definitely_missing_module
