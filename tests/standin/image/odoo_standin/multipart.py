"""multipart/form-data parsing with the email package, since the cgi module is deprecated."""
from email.parser import BytesParser
from email.policy import HTTP


class UploadedFile:
    def __init__(self, filename, data):
        self.filename = filename
        self.data = data


def parse(content_type, body):
    """Return {field: str or UploadedFile} for a multipart/form-data body."""
    message = BytesParser(policy=HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body)
    fields = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not name:
            continue
        payload = part.get_payload(decode=True) or b""
        filename = part.get_filename()
        fields[name] = UploadedFile(filename, payload) if filename is not None else payload.decode("utf-8")
    return fields
