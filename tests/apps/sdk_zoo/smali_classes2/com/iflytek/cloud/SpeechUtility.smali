.class public Lcom/iflytek/cloud/SpeechUtility;
.super Ljava/lang/Object;
.method public static createUtility(Landroid/content/Context;Ljava/lang/String;)Lcom/iflytek/cloud/SpeechUtility;
    .registers 3
    const/4 v0, 0x0
    return-object v0
.end method
