.class public Lcom/baidu/android/pushservice/PushConstants;
.super Ljava/lang/Object;
.field public static final LOGIN_TYPE_API_KEY:I = 0x0
.field public static final ACTION_MESSAGE:Ljava/lang/String; = "com.baidu.android.pushservice.action.MESSAGE"
