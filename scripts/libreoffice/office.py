"""One headless LibreOffice for a whole run: started with a profile of its own in a temporary folder,
reached through a named pipe with python3-uno, and ended when the run ends. Used by the scripts that make
the Word fixtures and by the tests that open resodiff's Word reports in LibreOffice (revisions.py)."""

import os
import shutil
import subprocess
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException


def props(**values):
    """A tuple of PropertyValue, as UNO calls take them."""
    out = []
    for name, value in values.items():
        p = PropertyValue()
        p.Name = name
        p.Value = value
        out.append(p)
    return tuple(out)


class Office:
    """`with Office() as office:` starts soffice, connects, and stops it afterwards."""

    def __enter__(self):
        self.profile = tempfile.mkdtemp(prefix='resodiff-lo-')
        pipe = 'resodiff-%d' % os.getpid()
        self.process = subprocess.Popen(
            [shutil.which('soffice') or 'soffice', '--headless', '--invisible', '--nologo', '--norestore', '--nodefault',
             '--nolockcheck', '-env:UserInstallation=' + uno.systemPathToFileUrl(self.profile),
             '--accept=pipe,name=%s;urp;' % pipe],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
        deadline = time.time() + 60
        while True:
            try:
                self.context = resolver.resolve('uno:pipe,name=%s;urp;StarOffice.ComponentContext' % pipe)
                break
            except NoConnectException:
                if time.time() > deadline or self.process.poll() is not None:
                    self.__exit__(None, None, None)
                    raise RuntimeError('LibreOffice did not start')
                time.sleep(0.2)
        self.desktop = self.context.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', self.context)
        self.dispatcher = self.context.ServiceManager.createInstanceWithContext('com.sun.star.frame.DispatchHelper', self.context)
        return self

    def __exit__(self, *exc):
        try:
            if getattr(self, 'desktop', None) is not None:
                self.desktop.terminate()
        except Exception:
            pass
        try:
            self.process.wait(timeout=30)
        except Exception:
            self.process.kill()
        shutil.rmtree(self.profile, ignore_errors=True)
        return False

    def new_document(self):
        return self.desktop.loadComponentFromURL('private:factory/swriter', '_blank', 0, props(Hidden=True))

    def open(self, path):
        return self.desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(path)), '_blank', 0,
                                                 props(Hidden=True, ReadOnly=False))

    def dispatch(self, doc, command):
        """Runs a menu command (`.uno:AcceptAllTrackedChanges`) on a document."""
        self.dispatcher.executeDispatch(doc.CurrentController.Frame, command, '', 0, ())

    @staticmethod
    def save(doc, path, filter_name):
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(path)), props(FilterName=filter_name, Overwrite=True))
