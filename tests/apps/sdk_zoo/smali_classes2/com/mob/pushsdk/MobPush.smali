.class public Lcom/mob/pushsdk/MobPush;
.super Ljava/lang/Object;
.method public static getRegistrationId(Lcom/mob/pushsdk/MobPushCallback;)V
    .registers 1
    return-void
.end method
.method public static addPushReceiver(Lcom/mob/pushsdk/MobPushReceiver;)V
    .registers 1
    return-void
.end method
