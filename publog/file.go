package publog

import (
	"errors"
	"fmt"
	"io/fs"

	"opendata/register"
)

// Load reads and checks the log file at path (see Parse). A file that does
// not exist is an error: a mistyped name must not pass for an empty log.
func Load(path string, reg *register.Register) (*Log, error) {
	data, err := register.ReadLimited(path, MaxFileSize)
	if err != nil {
		return nil, err
	}
	return Parse(path, data, reg)
}

// LoadOrNew reads the log file at path as Load does, but returns an empty
// log when the file does not exist yet: the first record creates it.
func LoadOrNew(path string, reg *register.Register) (*Log, error) {
	data, err := register.ReadLimited(path, MaxFileSize)
	if errors.Is(err, fs.ErrNotExist) {
		return New(path), nil
	}
	if err != nil {
		return nil, err
	}
	return Parse(path, data, reg)
}

// LockSuffix is added to a log's name to name the lock file beside it.
// The lock file holds no data and stays after use.
const LockSuffix = ".lock"

// Lock takes an exclusive lock for the log file at path, waiting while
// another process holds it, and returns the function that releases it.
// Whoever changes a log holds the lock from before reading it until the
// new file is in place, so that two processes changing the log at the same
// moment each see the other's records. The log must be replaced by a
// rename, never written in place: readers take no lock.
func Lock(path string) (unlock func(), err error) {
	unlock, err = lockFile(path + LockSuffix)
	if err != nil {
		return nil, fmt.Errorf("%s: locking the log: %v", path, err)
	}
	return unlock, nil
}
