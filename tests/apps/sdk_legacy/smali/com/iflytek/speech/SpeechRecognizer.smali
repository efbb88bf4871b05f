.class public Lcom/iflytek/speech/SpeechRecognizer;
.super Ljava/lang/Object;
.method public constructor <init>(Landroid/content/Context;Lcom/iflytek/speech/InitListener;)V
    .registers 3
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method
.method public startListening(Lcom/iflytek/speech/RecognizerListener;)I
    .registers 3
    const/4 v0, 0x0
    return v0
.end method
