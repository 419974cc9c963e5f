"""The cash desk's cash register: the training emulator and what starts it."""
