DROP TABLE document_versions;
DROP TABLE documents;
