.class public Lcom/iflytek/speech/SpeechUtility;
.super Ljava/lang/Object;
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method
.method public static getUtility(Landroid/content/Context;)Lcom/iflytek/speech/SpeechUtility;
    .registers 2
    const/4 v0, 0x0
    return-object v0
.end method
.method public setAppid(Ljava/lang/String;)I
    .registers 3
    const/4 v0, 0x0
    return v0
.end method
