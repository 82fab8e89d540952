Module["FS"] = FS;
