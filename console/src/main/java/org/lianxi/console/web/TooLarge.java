package org.lianxi.console.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A file over the upload limit whose parts Spring MVC parses (a safeguard: {@link UploadLimit}
 * refuses a body whose length says it is too large before anything reads it; a body sent in chunks
 * without its length fails the CSRF check that reads it first, with 403): the same page that says
 * why, never a stack trace.
 */
@ControllerAdvice
class TooLarge {

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  @ResponseStatus(HttpStatus.CONTENT_TOO_LARGE)
  String tooLarge(Model model) {
    model.addAttribute("status", HttpStatus.CONTENT_TOO_LARGE.value());
    return "error";
  }
}
