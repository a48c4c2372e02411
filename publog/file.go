package publog

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"opendata/register"
)

// Load reads and checks the log file at path (see Parse). A file that does
// not exist is an error: a mistyped name must not pass for an empty log.
func Load(path string, reg *register.Register) (*Log, error) {
	data, err := readFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, data, reg)
}

func readFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return data, nil
}

// LockSuffix is added to a log's name to name the lock file that Update
// holds beside it. The lock file stays after use; it holds no data.
const LockSuffix = ".lock"

// Update changes the log file at path under a lock, so that processes
// updating the same log at the same moment each see the others' records.
// It takes the lock, reads the log (a file that does not exist yet is an
// empty log), calls change, and, if change returns nil, writes the log to
// a temporary file beside it and renames that over it. A log that does not
// parse, or a change that fails, leaves the file as it was, byte for byte.
func Update(path string, reg *register.Register, change func(*Log) error) error {
	unlock, err := lock(path + LockSuffix)
	if err != nil {
		return fmt.Errorf("%s: locking the log: %v", path, err)
	}
	defer unlock()

	l := New(path)
	data, err := readFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return err
	default:
		if l, err = Parse(path, data, reg); err != nil {
			return err
		}
	}

	if err := change(l); err != nil {
		return err
	}
	return writeFileAtomic(path, l.Bytes())
}

// writeFileAtomic replaces the file at path with data, so that a reader
// sees either the old file or the new one, never a part: it writes a
// temporary file in the same directory, syncs it, and renames it over
// path. A symbolic link at path is followed; the file keeps its mode.
func writeFileAtomic(path string, data []byte) error {
	if real, err := filepath.EvalSymlinks(path); err == nil {
		path = real
	}
	perm := fs.FileMode(0o644)
	if fi, err := os.Stat(path); err == nil {
		perm = fi.Mode().Perm()
	}
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // fails harmlessly once renamed

	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), perm); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	syncDir(dir)
	return nil
}

// syncDir makes a rename in dir durable where the system allows it.
func syncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	d.Sync() // not every file system syncs directories; the rename stands
	d.Close()
}
