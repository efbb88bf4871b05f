.class public Lcom/iflytek/cloud/SpeechRecognizer;
.super Ljava/lang/Object;
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method
.method public static createRecognizer(Landroid/content/Context;Lcom/iflytek/cloud/InitListener;)Lcom/iflytek/cloud/SpeechRecognizer;
    .registers 3
    const/4 v0, 0x0
    return-object v0
.end method
.method public startListening(Lcom/iflytek/cloud/RecognizerListener;)I
    .registers 3
    const/4 v0, 0x0
    return v0
.end method
