// A text field that edits a chart value: typing stays local (native undo works),
// the edit is committed on Enter or when the field loses focus.

import { useEffect, useRef, useState, type Ref } from 'react'

export function CommitField(props: {
  label: string
  value: string
  placeholder?: string
  maxLength?: number
  onCommit: (v: string) => void
  inputRef?: Ref<HTMLInputElement>
  /** After Enter (committed) or Escape (undone), e.g. to go back to the canvas. */
  onDone?: () => void
}) {
  const [text, setText] = useState(props.value)
  // Enter then leaving the field must not commit twice (the store is ahead of this render).
  const committed = useRef(props.value)
  useEffect(() => {
    setText(props.value)
    committed.current = props.value
  }, [props.value])
  const commit = () => {
    if (text === props.value || text === committed.current) return
    committed.current = text
    props.onCommit(text)
  }
  return (
    <label className="field">
      <span>{props.label}</span>
      <input
        ref={props.inputRef}
        value={text}
        placeholder={props.placeholder}
        maxLength={props.maxLength ?? 200}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            commit()
            props.onDone?.()
          }
          if (e.key === 'Escape') {
            setText(props.value)
            if (props.onDone) {
              e.stopPropagation()
              props.onDone()
            }
          }
        }}
      />
    </label>
  )
}
