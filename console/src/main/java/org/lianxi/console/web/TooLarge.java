package org.lianxi.console.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A file over the upload limit that got past {@link UploadLimit} (a body sent without its length):
 * the same page that says why, never a stack trace.
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
