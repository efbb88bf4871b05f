.class public Lcom/weibo/sdk/android/Weibo;
.super Ljava/lang/Object;
.method public static getInstance(Ljava/lang/String;Ljava/lang/String;)Lcom/weibo/sdk/android/Weibo;
    .registers 3
    const/4 v0, 0x0
    return-object v0
.end method
