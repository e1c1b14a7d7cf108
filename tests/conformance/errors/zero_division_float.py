# Float division by zero.
rate = 0.0
distance = 42.5
speed = distance / rate
