X = 'from sub_in_all'
