-- Camel's JDBC idempotent repository (JdbcMessageIdRepository): files and mails already taken,
-- so that a restart or a second instance never takes one twice. The layout is Camel's.
CREATE TABLE CAMEL_MESSAGEPROCESSED (
  processorName  VARCHAR(255) NOT NULL,
  messageId      VARCHAR(255) NOT NULL,
  createdAt      TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (processorName, messageId)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
