import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { makeRouter } from './router'
import './styles/main.scss'

// govuk-frontend styles its JavaScript-enhanced components only when this class is present.
document.body.classList.add('js-enabled')
if ('noModule' in HTMLScriptElement.prototype) document.body.classList.add('govuk-frontend-supported')

const app = createApp(App)
app.use(createPinia())
app.use(makeRouter())
app.mount('#app')
